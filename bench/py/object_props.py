"""Object-property loop: attribute reads/writes and a dict of dynamic keys (Python baseline)."""


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def run(n):
    pts = [Point(i, i % 13) for i in range(1000)]
    counts = {}
    total = 0
    for k in range(n):
        p = pts[k % 1000]
        p.x = (p.x + p.y) % 10007
        total = (total + p.x) % 1000000007
        key = "k" + str(k % 50)
        counts[key] = counts.get(key, 0) + 1
    return total, len(counts), sum(counts.values())


def main():
    total, nkeys, ksum = run(300000)
    print(f"objects {total} {nkeys} {ksum}")


if __name__ == "__main__":
    main()
