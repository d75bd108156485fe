"""ajgi_tx benchmark suite (see bench/README.md); run with `python -m bench`."""
