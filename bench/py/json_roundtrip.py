"""JSON round trip: dumps and loads a list of records repeatedly (Python baseline)."""
import json


def make_records(n):
    return [{"id": i, "name": f"user{i}", "active": i % 3 == 0,
             "tags": [f"t{i % 5}", f"g{i % 7}"], "score": (i * 37) % 1000}
            for i in range(n)]


def run(rounds):
    data = make_records(200)
    total = 0
    chars = 0
    for r in range(rounds):
        text = json.dumps(data, separators=(",", ":"))
        chars += len(text)
        for rec in json.loads(text):
            total += rec["score"] + len(rec["tags"]) + (1 if rec["active"] else 0)
        data[r % 200]["score"] = (data[r % 200]["score"] + 1) % 1000
    return total, chars


def main():
    total, chars = run(100)
    print(f"json {total} {chars}")


if __name__ == "__main__":
    main()
