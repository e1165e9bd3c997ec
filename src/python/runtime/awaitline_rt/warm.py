"""Imports, before the first run, what programs usually import, so their first run does not pay for it (the
import time would otherwise count as the program's CPU work on the virtual clock)."""

import asyncio  # noqa: F401
import json  # noqa: F401
import random  # noqa: F401
import time  # noqa: F401
import traceback  # noqa: F401
from urllib.parse import urlencode  # noqa: F401

import aiohttp  # noqa: F401
import requests  # noqa: F401

from . import run  # noqa: F401
