"""1e5 string appends, then a checksum over sampled characters (hand-written Python baseline)."""


def run(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if i % 10 == 0:
            s += str(i)
    h = 0
    for j in range(0, len(s), 97):
        h = (h * 31 + ord(s[j])) % 1000003
    return len(s), h


def main():
    length, h = run(100000)
    print(f"strings {length} {h}")


if __name__ == "__main__":
    main()
