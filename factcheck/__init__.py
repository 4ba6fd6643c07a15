"""factcheck: check the claims in articles against the sources they cite."""

__version__ = "0.1.0"
