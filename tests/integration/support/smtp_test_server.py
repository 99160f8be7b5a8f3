# SPDX-License-Identifier: GPL-3.0-or-later
"""SMTP server for Letterbox's integration tests, built on aiosmtpd.

Listens on loopback: a submission listener (STARTTLS offered unless --no-starttls) and an
implicit-TLS listener (RFC 8314). Both require AUTH PLAIN/LOGIN with the one test user.
The EHLO reply also offers PIPELINING (aiosmtpd reads pipelined commands in order). Recipients
in the domain rejected.invalid are refused with 550 5.1.1 and those in tempfail.invalid with
450 4.2.1, for tests of partial delivery; every other address is accepted.
Each accepted message is written to the spool directory as NNNNNN.eml (the DATA bytes)
and then NNNNNN.json (envelope); the JSON file appears last, so a reader that sees it can
read both. Prints "READY submission=<port> smtps=<port>" once both listeners are bound.
"""

import argparse
import asyncio
import json
import os
import signal
import ssl
import sys
import warnings

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


def write_atomically(path, data):
    temporary = path + ".tmp"
    with open(temporary, "wb") as f:
        f.write(data)
    os.rename(temporary, path)


class SpoolHandler:
    def __init__(self, spool):
        self.spool = spool
        self.count = 0

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        # The five-argument hook replaces aiosmtpd's reply and must record the name itself.
        session.host_name = hostname
        return responses[:-1] + ["250-PIPELINING"] + responses[-1:]

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        domain = address.rpartition("@")[2].lower()
        if domain == "rejected.invalid":
            return "550 5.1.1 <%s>: Recipient address rejected" % address
        if domain == "tempfail.invalid":
            return "450 4.2.1 <%s>: Mailbox temporarily unavailable" % address
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.spool, "%06d" % self.count)
        content = envelope.original_content or envelope.content or b""
        write_atomically(base + ".eml", content)
        login = session.auth_data
        if isinstance(login, LoginPassword):
            login = login.login.decode("utf-8", "replace")
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "mail_options": list(envelope.mail_options),
            "rcpt_options": list(envelope.rcpt_options),
            "authenticated_as": login if isinstance(login, str) else None,
            "tls": server.transport.get_extra_info("ssl_object") is not None,
            "size": len(content),
        }
        write_atomically(base + ".json", json.dumps(meta).encode("utf-8"))
        return "250 2.0.0 Message accepted for delivery"


def make_authenticator(user, password):
    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login == user.encode("utf-8")
              and auth_data.password == password.encode("utf-8"))
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)
    return authenticate


def parse_arguments():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--spool", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--size-limit", type=int, default=0, help="0: no SIZE limit")
    parser.add_argument("--no-starttls", action="store_true")
    parser.add_argument("--auth-without-tls", action="store_true",
                        help="allow AUTH on the submission port before STARTTLS")
    return parser.parse_args()


async def serve(arguments):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(arguments.cert, arguments.key)
    handler = SpoolHandler(arguments.spool)
    authenticator = make_authenticator(arguments.user, arguments.password)
    size_limit = arguments.size_limit or None

    def factory(implicit_tls):
        def make():
            starttls = not implicit_tls and not arguments.no_starttls
            # On the implicit-TLS port the connection is encrypted from the start.
            require_tls = not implicit_tls and not arguments.auth_without_tls and starttls
            return SMTP(handler, hostname="letterbox-test",
                        tls_context=context if starttls else None,
                        auth_required=True, auth_require_tls=require_tls,
                        authenticator=authenticator, data_size_limit=size_limit,
                        enable_SMTPUTF8=True, decode_data=False)
        return make

    loop = asyncio.get_running_loop()
    submission = await loop.create_server(factory(False), "127.0.0.1", 0)
    smtps = await loop.create_server(factory(True), "127.0.0.1", 0, ssl=context)
    print("READY submission=%d smtps=%d" % (submission.sockets[0].getsockname()[1],
                                            smtps.sockets[0].getsockname()[1]), flush=True)
    stop = loop.create_future()
    loop.add_signal_handler(signal.SIGTERM, stop.set_result, None)
    await stop


def main():
    # The plaintext variant requires AUTH without TLS on purpose; aiosmtpd warns about it.
    warnings.simplefilter("ignore")
    arguments = parse_arguments()
    os.makedirs(arguments.spool, exist_ok=True)
    asyncio.run(serve(arguments))
    return 0


if __name__ == "__main__":
    sys.exit(main())
