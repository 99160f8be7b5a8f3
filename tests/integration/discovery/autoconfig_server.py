# SPDX-License-Identifier: GPL-3.0-or-later
"""An HTTPS server on loopback for the autoconfig tests.

Usage: autoconfig_server.py PORT CERT KEY ROOT LOG
Serves the files under ROOT (the path without its query) and appends each request's path,
query included, as one line to LOG.
"""
import http.server
import os
import ssl
import sys

port, cert, key, root, log = sys.argv[1:6]
root = os.path.abspath(root)


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        with open(log, "a", encoding="utf-8") as out:
            out.write(self.path + "\n")
        path = self.path.split("?", 1)[0]
        file = os.path.normpath(os.path.join(root, path.lstrip("/")))
        if not file.startswith(root + os.sep) or not os.path.isfile(file):
            self.send_error(404)
            return
        with open(file, "rb") as f:
            body = f.read()
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", int(port)), Handler)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(cert, key)
server.socket = context.wrap_socket(server.socket, server_side=True)
server.serve_forever()
