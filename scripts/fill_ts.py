#!/usr/bin/env python3
"""Fill unfinished entries of a Qt .ts file from a JSON map {context: {source: translation}}.
A numerus entry's translation is a list, one string per plural form of the language.
Usage: fill_ts.py FILE.ts MAP.json   (keys are the source texts as written in the .ts, XML-escaped)."""
import json, re, sys
from xml.sax.saxutils import escape

path, mp = sys.argv[1], json.load(open(sys.argv[2], encoding='utf-8'))
text = open(path, encoding='utf-8').read()
missing = []

def fill_context(m):
    ctx = m.group(0)
    name = re.search(r'<name>(.*?)</name>', ctx).group(1)
    table = mp.get(name, {})
    def fill_message(mm):
        msg = mm.group(0)
        if 'type="unfinished"' not in msg:
            return msg
        src = re.search(r'<source>(.*?)</source>', msg, re.S).group(1)
        if src not in table:
            missing.append((name, src))
            return msg
        tr = table[src]
        if isinstance(tr, list):
            forms = ''.join(f'\n            <numerusform>{escape(f)}</numerusform>' for f in tr)
            new = f'<translation>{forms}\n        </translation>'
        else:
            new = f'<translation>{escape(tr)}</translation>'
        return re.sub(r'<translation type="unfinished">.*?</translation>|<translation type="unfinished"/>', new, msg, flags=re.S)
    return re.sub(r'<message[^>]*>.*?</message>', fill_message, ctx, flags=re.S)

text = re.sub(r'<context>.*?</context>', fill_context, text, flags=re.S)
open(path, 'w', encoding='utf-8').write(text)
for name, src in missing:
    print(f'{path}: no translation for [{name}] {src}', file=sys.stderr)
sys.exit(1 if missing else 0)
