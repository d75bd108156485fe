"""1e6-iteration numeric loop (hand-written Python baseline)."""
import math


def run(n):
    acc = 0
    f = 0.0
    sqrt = math.sqrt
    for i in range(n):
        acc = (acc + i * i + i % 7) % 1000000007
        f += sqrt(i)
    return acc, math.floor(f)


def main():
    acc, f = run(1000000)
    print(f"numeric {acc} {f}")


if __name__ == "__main__":
    main()
