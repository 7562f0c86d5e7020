"""Asks a freshly started b24-fake-portal (127.0.0.1 only) for real answers and stores them
as fuzz seeds: python3 make_seeds.py <b24-fake-portal> <corpus dir>."""
import json
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

portal_exe, corpus = sys.argv[1], Path(sys.argv[2])
portal = subprocess.Popen([portal_exe, "--mailboxes", "7"], stdout=subprocess.PIPE, text=True)
try:
    info = json.loads(portal.stdout.readline())
    hook = info["webhook_url"]  # .../rest/api/<uid>/<code>/

    def post(url, body, form=False):
        data = urllib.parse.urlencode(body).encode() if form else json.dumps(body).encode()
        kind = "application/x-www-form-urlencoded" if form else "application/json"
        request = urllib.request.Request(url, data=data, headers={"Content-Type": kind})
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                return answer.status, answer.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def seed(target, name, status, body):
        folder = corpus / target
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"portal-{name}").write_bytes(body)
        if target == "fuzz_envelope":  # its first byte picks the status
            codes = [200, 200, 400, 401, 403, 404, 429, 500, 502, 503, 0, 302]
            (folder / f"portal-{name}").write_bytes(bytes([codes.index(status)]) + body)
        if target == "fuzz_batch":  # its first byte: 2 pages of 3 rows, paged
            (folder / f"portal-{name}").write_bytes(bytes([2 | (3 << 3)]) + body)

    status, body = post(hook + "mail.mailbox.list", {"pagination": {"limit": 5}})
    seed("fuzz_mailbox", "list", status, body)
    seed("fuzz_envelope", "list", status, body)
    status, body = post(hook + "mail.mailbox.get", {"id": 1})
    seed("fuzz_envelope", "get", status, body)
    status, body = post(hook + "mail.mailbox.senders", {})
    seed("fuzz_sender", "senders", status, body)
    status, body = post(hook + "mail.mailbox.field.list", {})
    seed("fuzz_field", "field-list", status, body)
    status, body = post(hook + "mail.mailbox.get", {"id": 999999})
    seed("fuzz_envelope", "not-found", status, body)
    status, body = post(hook + "mail.mailbox.list", {"pagination": {"limit": "x"}})
    seed("fuzz_envelope", "validation", status, body)
    status, body = post(hook + "no.such.method", {})
    seed("fuzz_envelope", "no-method", status, body)
    status, body = post(hook + "batch", [{"method": "mail.mailbox.list", "query": {"pagination": {"page": p, "limit": 3}}} for p in (1, 2)])
    seed("fuzz_envelope", "batch", status, body)
    seed("fuzz_batch", "batch", status, body)
    status, body = post(hook + "batch", {str(i): {"method": "mail.mailbox.list", "query": {"pagination": {"page": p, "limit": 3}}} for i, p in enumerate((3, 4))})
    seed("fuzz_batch", "batch-keyed", status, body)
    status, body = post(hook.replace(hook.rstrip("/").rsplit("/", 1)[1], "wrongcode"), {})
    seed("fuzz_envelope", "bad-code", status, body)
    token_url = info["auth_server_url"].rstrip("/") + "/oauth/token/"
    status, body = post(token_url, {"grant_type": "refresh_token", "client_id": info["client_id"],
                                    "client_secret": info["client_secret"], "refresh_token": "nope"}, form=True)
    seed("fuzz_token", "refresh-refused", status, body)
finally:
    portal.terminate()
    portal.wait()
