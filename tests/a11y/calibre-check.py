# calibre's own book check (the one its e-book editor runs), one JSON line per finding.
# Run as: calibre-debug tests/a11y/calibre-check.py BOOK.epub
import json
import sys

from calibre.ebooks.oeb.polish.check.main import run_checks
from calibre.ebooks.oeb.polish.container import get_container
from calibre.utils.logging import default_log

container = get_container(sys.argv[-1], tweak_mode=True, log=default_log)
for finding in run_checks(container):
    print("FINDING " + json.dumps({"kind": type(finding).__name__, "level": finding.level, "name": finding.name, "message": str(finding.msg)}))
