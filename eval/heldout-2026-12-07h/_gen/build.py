import sys, importlib
from lib import write_items
langs = sys.argv[1:] or ['en','de','fr','es','pt','nl','it']
for l in langs:
    m = importlib.import_module('fw_' + l)
    write_items(m.items, l)
    print(l, len(m.items))
