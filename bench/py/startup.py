"""Start-up floor: interpreter start plus one print (hand-written Python baseline)."""


def main():
    print("startup 0")


if __name__ == "__main__":
    main()
