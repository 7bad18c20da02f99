import json, sys
d = json.load(open(sys.argv[1]))
for e in d:
    h = e['html']; f = e['svgTextFallback']
    print(f"{e['kind']:7} box {e['box']['w']}x{e['box']['h']} | painted html {h['w']}x{h['h']} lines={h['lines']} overX={h['overflowX']} overY={h['overflowY']} fits={h['fits']} | svg <text> fallback {f['w']}x{f['h']} overX={f['overflowX']} fits={f['fits']} | {e['text']}")
for kind in ('task', 'section'):
    es = [e for e in d if e['kind'] == kind]
    print(f"{kind}s: {len(es)}; painted HTML label overflows box: {sum(not e['html']['fits'] for e in es)}; "
          f"SVG <text> fallback overflows box: {sum(not e['svgTextFallback']['fits'] for e in es)}; "
          f"labels with an actor dot drawn over their text: {sum(e['html'].get('actorDotsOverText', 0) > 0 for e in es)}")
