"""Regex-heavy text scan: finditer with groups, search, sub (Python baseline)."""
import re

LINE_RE = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) ([A-Z]+) user=([a-z]+) id=(\d+) msg=(.*)$",
                     re.M)
SLOW_RE = re.compile(r"in (1\d\d|2\d\d)ms$")
USER_RE = re.compile(r"user=[a-z]+")


def make_text(n):
    levels = ["INFO", "WARN", "ERROR", "DEBUG"]
    users = ["alice", "bob", "carol", "dave", "eve"]
    return "\n".join(
        f"2024-0{1 + i % 9}-{10 + i % 18} 12:{10 + i % 50}:0{i % 10} {levels[i % 4]} user={users[i % 5]}"
        f" id={i * 7} msg=request {'failed' if i % 3 == 0 else 'ok'} in {i % 250}ms"
        for i in range(n))


def run(text):
    idsum = errors = lines = slow = 0
    for m in LINE_RE.finditer(text):
        lines += 1
        idsum = (idsum + int(m.group(9))) % 1000000007
        if m.group(7) == "ERROR":
            errors += 1
        if SLOW_RE.search(m.group(10)):
            slow += 1
    masked = USER_RE.sub("user=***", text)
    failed = len(re.findall("failed", text))
    return lines, idsum, errors, slow, len(masked), failed


def main():
    print("regex " + " ".join(map(str, run(make_text(5000)))))


if __name__ == "__main__":
    main()
