#!/usr/bin/env python3
"""Exit 0 when every pin of requirements.txt beside this file is installed at
its version (scripts/setup.sh skips the pip install then), else 1."""
import os
import sys
from importlib import metadata

req = os.path.join(os.path.dirname(os.path.abspath(__file__)), "requirements.txt")
for line in open(req, encoding="utf-8"):
    line = line.split("#", 1)[0].strip()
    if not line:
        continue
    name, version = line.split("==")
    try:
        if metadata.version(name) != version:
            sys.exit(1)
    except metadata.PackageNotFoundError:
        sys.exit(1)
