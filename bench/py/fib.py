"""fib(25): recursive calls, small-integer arithmetic (hand-written Python baseline)."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    print(f"fib {fib(25)}")


if __name__ == "__main__":
    main()
