from setuptools import find_packages, setup

setup(
    name="ajgi_tx",
    version="0.1.0",
    description="A compiling runtime for ArozOS AGI scripts on Tornado",
    packages=find_packages(include=["ajgi_tx", "ajgi_tx.*", "runtime", "runtime.*"]),
    python_requires=">=3.11",
    install_requires=["esprima==4.0.1", "astor==0.8.1", "tornado>=6.4,<6.7", "greenlet>=3", "regex>=2022.1.18", "Pillow>=10",
                      "prometheus_client>=0.20",  # /metrics on the admin listener (ajgi_tx/metrics.py)
                      # --loop auto picks uvloop (a dependency where it builds)
                      "uvloop>=0.19; sys_platform == 'linux'"],
    extras_require={
        # --db redis://... (redis-py's asyncio client)
        "redis": ["redis>=5"],
        "uvloop": ["uvloop>=0.19"],
        # the DB backend tests run against a real redis-server
        "test": ["pytest>=7", "pytest-timeout", "websockets", "redis>=5", "uvloop>=0.19", "playwright"],
        "bench": ["js2py"],
    },
    entry_points={"console_scripts": ["ajgi_tx=ajgi_tx.__main__:main"]},
)
