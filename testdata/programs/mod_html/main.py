import html
from html.parser import HTMLParser

print(html.escape("<a href='x'>Tom & \"Jerry\"</a>"), html.escape("<b>", quote=False))
print(html.unescape("&lt;p&gt;caf&eacute; &amp; &#169; &#x263a; &notanentity;"))


class Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))

    def handle_endtag(self, tag):
        self.events.append(("end", tag))

    def handle_data(self, data):
        if data.strip():
            self.events.append(("data", data.strip()))

    def handle_comment(self, data):
        self.events.append(("comment", data))


p = Collector()
p.feed("<html><body class='main' id=x><p>Hello <b>world</b>!</p><!-- note --><br/><img src=\"a.png\"></body></html>")
p.close()
for e in p.events:
    print(e)
