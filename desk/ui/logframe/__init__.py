"""The logframe editor: the tree with drag-and-drop, the details of a node, the matrix in both
EU layouts, the indicator editor, the tracking table and the quality checks. The page that
assembles them is desk/ui/pages/logframe.py."""
