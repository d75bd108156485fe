"""Allocation-heavy: 100,000 small objects built, read and updated (Python baseline;
plain dicts, as a Python programmer would write these records)."""


def run(n):
    items = []
    for i in range(n):
        items.append({"id": i, "score": i % 97, "name": "item" + str(i % 10), "seen": False})
    total = 0
    for rnd in range(3):
        for it in items:
            it["score"] = (it["score"] * 3 + rnd) % 1009
            if it["score"] > 500:
                it["seen"] = True
            total = (total + it["score"] + it["id"] % 7) % 1000000007
    seen = 0
    for it in items:
        if it["seen"]:
            seen += 1
    return total, seen, items[n - 1]["name"]


def main():
    total, seen, name = run(100000)
    print(f"alloc {total} {seen} {name}")


if __name__ == "__main__":
    main()
