"""Reading back the PDFs we write: the text of each page (pypdf) and each page as a PNG
(pypdfium2, no poppler needed) to look at."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pypdfium2


def pdf_pages_text(path: Path) -> list[str]:
    """The extracted text of every page of `path`, in order; runs of blanks (pypdf gives tabs
    between words) become one space, line breaks stay."""
    reader = pypdf.PdfReader(str(path))
    return [
        "\n".join(" ".join(line.split()) for line in (page.extract_text() or "").splitlines())
        for page in reader.pages
    ]


def pdf_to_pngs(path: Path, out_dir: Path, scale: float = 1.0) -> list[Path]:
    """Render every page of `path` to `out_dir/<stem>-<n>.png` (scale 1 = 72 dpi)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    document = pypdfium2.PdfDocument(str(path))
    written = []
    try:
        for number in range(len(document)):
            image = document[number].render(scale=scale).to_pil()
            target = out_dir / f"{path.stem}-{number + 1}.png"
            image.save(target)
            written.append(target)
    finally:
        document.close()
    return written
