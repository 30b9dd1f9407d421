# str patterns over non-ASCII text: positions are code points.
import re

s = 'naïve café – 😀 émoji ünïcode'
print(re.findall(r'\w+', s), [m.span() for m in re.finditer(r'\w+', s)])
print(re.search('😀', s).span(), re.search('é', s).span(), re.sub('é', 'e', s), re.split(r'\s+', s))
print(re.match('.{4}', '😀😀😀😀x'), re.findall('[😀-😂]', 'a😀b😁c😂'), re.match(r'\U0001F600', '😀'))
print(re.match(r'\u00e9\x41', 'éA'), re.match('[\u0400-\u04ff]+', 'привет!'), re.findall(r'(?i)straße', 'STRAßE straße'))
print(re.match('(?i)ÉCOLE', 'école'), re.match('(?i)[α-ω]+', 'ΑΒΓ'), re.match(r'(?i)(\w)\1', 'Ωω'))
print(re.search(r'\bcafé\b', 'le café noir'), re.search(r'\d+', 'x ١٢٣ y'), re.search(r'\s+', 'a\u3000b'))
p = re.compile('é+')
print(p.search('aéébé', 2), p.search('aéébé', 3, 4), p.match('éé', 1), p.fullmatch('ééé', 1, 3))
print(re.escape('é.ü'), re.sub(r'(\w+)', r'<\1>', 'ça va'), repr(re.match('(.)(.)', '€$').groups()))
print(len(re.findall('.', '😀é' * 500)), re.search('z', 'é' * 5000 + 'z').span())
