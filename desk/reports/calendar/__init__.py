"""The chronogramme and the calendar as files: PDF over several A4/A3 landscape pages with the
activity column repeated (pdf.py), PNG (image.py), XLSX with one column per month (xlsx.py) and
iCalendar (ics.py). The painting is shared with the screen (layout.py, painter.py)."""
