"""newsline: a static-site generator that turns news articles into sourced timelines."""

__version__ = "0.1.0"
