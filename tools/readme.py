"""Write README.md from nbs/index.ipynb, for contributors without Quarto.

With Quarto installed, `nbdev-readme` does the same job; this script renders the same content
(markdown cells, visible code cells and their text output) so the README never drifts from the index page.
Usage: python tools/readme.py
"""
from pathlib import Path
import nbformat

def _visible(cell):
    directives = [l[3:].split()[0] for l in cell.source.splitlines() if l.startswith('#| ') and l[3:].split()]
    return not ({'hide', 'exporti', 'default_exp'} & set(directives))

def _code(src): return '\n'.join(l for l in src.splitlines() if not l.startswith('#|')).strip()

def main(root=Path(__file__).parent.parent):
    nb = nbformat.read(root/'nbs'/'index.ipynb', as_version=4)
    parts = []
    for cell in filter(_visible, nb.cells):
        if cell.cell_type == 'markdown': parts.append(cell.source.strip()); continue
        parts.append(f"```python\n{_code(cell.source)}\n```")
        for out in cell.get('outputs', []):
            text = out.get('text') or out.get('data', {}).get('text/plain')
            if text: parts.append("```\n" + ''.join(text).rstrip() + "\n```")
    (root/'README.md').write_text('\n\n'.join(parts) + '\n')
    print('wrote README.md')

if __name__ == '__main__': main()
