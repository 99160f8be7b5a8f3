#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A small IMAP4rev1 server for tests that misbehaves on purpose.

It serves one mailbox tree with a few messages well enough for a real sync, except for the
one misbehaviour named by --scenario:

  normal             behaves (the baseline)
  hide-starttls      never offers STARTTLS
  huge-literal       announces a 2 GB literal in the answer to the first header FETCH
  endless-line       answers the first header FETCH with a line that never ends
  trickle            sends the greeting one byte every --trickle-seconds
  close-mid-literal  closes the connection half way through a message body literal
  unknown-tag        answers LIST with a tag the client never sent (and never its own)
  out-of-order       answers pipelined FETCH commands in reverse order (legal IMAP)
  non-utf8-names     lists mailboxes whose names are raw Latin-1 and broken modified UTF-7
  uidvalidity        each new connection reports a new UIDVALIDITY and new UIDs

--tls-cert/--tls-key make it speak implicit TLS with that certificate. It prints "PORT n"
on stdout once listening and serves connections one after another until killed.
"""
import argparse
import re
import socket
import ssl
import sys
import time

MESSAGES = [
    (b"Subject: First\r\nFrom: a@example.org\r\nMessage-ID: <h1@example.org>\r\n\r\nOne.\r\n"),
    (b"Subject: Second\r\nFrom: a@example.org\r\nMessage-ID: <h2@example.org>\r\n\r\nTwo.\r\n"),
    (b"Subject: Third\r\nFrom: a@example.org\r\nMessage-ID: <h3@example.org>\r\n\r\nThree.\r\n"),
]


class Closed(Exception):
    pass


class Connection:
    def __init__(self, sock, args, session_number):
        self.sock = sock
        self.args = args
        self.buffer = b""
        self.fetches = 0
        self.session = session_number
        # uidvalidity: every session renumbers the mailbox.
        self.uidvalidity = 1000 + (session_number if args.scenario == "uidvalidity" else 0)
        base = 10 * session_number if args.scenario == "uidvalidity" else 0
        self.uids = [base + i + 1 for i in range(len(MESSAGES))]

    def send(self, data):
        self.sock.sendall(data)

    def line(self):
        while b"\r\n" not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise Closed()
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\r\n", 1)
        # A synchronising literal in a command: ask for it, then take it and the rest.
        while True:
            m = re.search(rb"\{(\d+)\}$", line)
            if not m:
                return line
            self.send(b"+ go on\r\n")
            size = int(m.group(1))
            while len(self.buffer) < size or b"\r\n" not in self.buffer[size:]:
                chunk = self.sock.recv(65536)
                if not chunk:
                    raise Closed()
                self.buffer += chunk
            literal = self.buffer[:size]
            rest, self.buffer = self.buffer[size:].split(b"\r\n", 1)
            line = line[: m.start()] + b'"' + literal + b'"' + rest

    def capabilities(self):
        caps = b"IMAP4rev1"
        if self.args.scenario != "hide-starttls" and not self.args.tls_cert:
            caps += b" STARTTLS"
        return caps

    def mailboxes(self):
        if self.args.scenario == "non-utf8-names":
            return [b"INBOX", b"Caf\xe9", b"&Jjo-broken&", b"\xff\xfe"]
        return [b"INBOX"]

    def run(self):
        if self.args.scenario == "trickle":
            for byte in b"* OK [CAPABILITY IMAP4rev1] slowly\r\n":
                self.send(bytes([byte]))
                time.sleep(self.args.trickle_seconds)
            return
        self.send(b"* OK [CAPABILITY " + self.capabilities() + b"] hostile test server\r\n")
        pending_fetches = []
        while True:
            try:
                line = self.line()
            except Closed:
                return
            tag, _, rest = line.partition(b" ")
            command, _, arguments = rest.partition(b" ")
            command = command.upper()
            if command == b"UID":
                sub, _, arguments = arguments.partition(b" ")
                command = b"UID " + sub.upper()
            if self.args.scenario == "out-of-order" and command == b"UID FETCH":
                pending_fetches.append((tag, arguments))
                if b"\r\n" in self.buffer:
                    continue  # more pipelined commands are already here: answer later
                for t, a in reversed(pending_fetches):
                    if not self.fetch(t, a):
                        return
                pending_fetches = []
                continue
            # Fetches held back for reordering are answered before anything that follows.
            for t, a in reversed(pending_fetches):
                if not self.fetch(t, a):
                    return
            pending_fetches = []
            if not self.answer(tag, command, arguments):
                return

    def ok(self, tag, text=b"done"):
        self.send(tag + b" OK " + text + b"\r\n")

    def answer(self, tag, command, arguments):
        if command == b"CAPABILITY":
            self.send(b"* CAPABILITY " + self.capabilities() + b"\r\n")
            self.ok(tag)
        elif command in (b"LOGIN", b"NOOP", b"CHECK", b"ENABLE", b"ID", b"CLOSE", b"UNSELECT",
                         b"SUBSCRIBE", b"UID STORE", b"UID COPY", b"UID EXPUNGE", b"EXPUNGE",
                         b"CREATE"):
            self.ok(tag)
        elif command == b"LOGOUT":
            self.send(b"* BYE bye\r\n")
            self.ok(tag)
            return False
        elif command == b"NAMESPACE":
            self.send(b'* NAMESPACE (("" "/")) NIL NIL\r\n')
            self.ok(tag)
        elif command in (b"LIST", b"LSUB"):
            if self.args.scenario == "unknown-tag":
                self.send(b"ZZZ999 OK that was not yours\r\n")
                return True
            for name in self.mailboxes():
                quoted = b'"' + name + b'"' if name != b"INBOX" else name
                self.send(b"* " + command + b' () "/" ' + quoted + b"\r\n")
            self.ok(tag)
        elif command in (b"SELECT", b"EXAMINE"):
            self.send(b"* %d EXISTS\r\n* 0 RECENT\r\n" % len(self.uids))
            self.send(b"* FLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft)\r\n")
            self.send(b"* OK [UIDVALIDITY %d] ok\r\n* OK [UIDNEXT %d] ok\r\n"
                      % (self.uidvalidity, self.uids[-1] + 1))
            self.ok(tag, b"[READ-WRITE] selected")
        elif command == b"STATUS":
            mailbox = arguments.rsplit(b" (", 1)[0]
            self.send(b"* STATUS " + mailbox + b" (MESSAGES %d UIDNEXT %d UIDVALIDITY %d UNSEEN 0)\r\n"
                      % (len(self.uids), self.uids[-1] + 1, self.uidvalidity))
            self.ok(tag)
        elif command == b"UID SEARCH":
            self.send(b"* SEARCH " + b" ".join(b"%d" % u for u in self.uids) + b"\r\n")
            self.ok(tag)
        elif command == b"UID FETCH":
            return self.fetch(tag, arguments)
        else:
            self.send(tag + b" BAD unknown command\r\n")
        return True

    def selected(self, uid_set):
        chosen = []
        top = self.uids[-1]
        for part in uid_set.split(b","):
            lo, _, hi = part.partition(b":")
            lo = top if lo == b"*" else int(lo)
            hi = lo if not hi else (top if hi == b"*" else int(hi))
            lo, hi = min(lo, hi), max(lo, hi)
            chosen += [u for u in self.uids if lo <= u <= hi and u not in chosen]
        return chosen

    def fetch(self, tag, arguments):
        uid_set, _, items = arguments.partition(b" ")
        items = items.upper()
        headers = b"ENVELOPE" in items
        self.fetches += 1
        for uid in self.selected(uid_set):
            seq = self.uids.index(uid) + 1
            message = MESSAGES[seq - 1]
            if headers and self.args.scenario == "huge-literal":
                self.send(b"* %d FETCH (UID %d BODY[HEADER.FIELDS (REFERENCES)] {2147483648}\r\n"
                          % (seq, uid))
                self.send(b"x" * 65536)
                return True  # and never the rest
            if headers and self.args.scenario == "endless-line":
                self.send(b"* %d FETCH (UID %d FLAGS (" % (seq, uid))
                chunk = b"\\Seen " * 10000
                try:
                    for _ in range(100000):  # 6 GB at most; the client must hang up first
                        self.send(chunk)
                except OSError:
                    pass
                return False
            parts = [b"UID %d" % uid]
            if b"FLAGS" in items:
                parts.append(b"FLAGS (\\Seen)")
            if b"INTERNALDATE" in items:
                parts.append(b'INTERNALDATE "02-Mar-2026 10:00:00 +0000"')
            if b"RFC822.SIZE" in items:
                parts.append(b"RFC822.SIZE %d" % len(message))
            if headers:
                subject = re.search(rb"Subject: (.*)\r\n", message).group(1)
                mid = re.search(rb"Message-ID: (.*)\r\n", message).group(1)
                parts.append(b'ENVELOPE ("Mon, 2 Mar 2026 10:00:00 +0000" "' + subject +
                             b'" ((NIL NIL "a" "example.org")) NIL NIL NIL NIL NIL NIL "' +
                             mid + b'")')
            if b"BODYSTRUCTURE" in items:
                parts.append(b'BODYSTRUCTURE ("TEXT" "PLAIN" ("CHARSET" "us-ascii") NIL NIL '
                             b'"7BIT" %d 1)' % len(message.split(b"\r\n\r\n", 1)[1]))
            if b"HEADER.FIELDS" in items:
                parts.append(b"BODY[HEADER.FIELDS (REFERENCES IN-REPLY-TO LIST-ID)] {2}\r\n\r\n")
            elif b"BODY.PEEK[]" in items or b"BODY[]" in items:
                if self.args.scenario == "close-mid-literal":
                    self.send(b"* %d FETCH (UID %d BODY[] {5000}\r\n" % (seq, uid) + message)
                    return False
                parts.append(b"BODY[] {%d}\r\n" % len(message) + message)
            self.send(b"* %d FETCH (" % seq + b" ".join(parts) + b")\r\n")
        self.ok(tag)
        return True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scenario", default="normal")
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--trickle-seconds", type=float, default=3.0)
    args = parser.parse_args()

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    context = None
    if args.tls_cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls_cert, args.tls_key)
    print("PORT %d" % listener.getsockname()[1], flush=True)
    session = 0
    while True:
        sock, _ = listener.accept()
        session += 1
        try:
            if context:
                sock = context.wrap_socket(sock, server_side=True)
            Connection(sock, args, session).run()
        except (OSError, ssl.SSLError, Closed):
            pass
        finally:
            try:
                sock.close()
            except OSError:
                pass


if __name__ == "__main__":
    sys.exit(main())
