"""Writing the logframe of a project: the tree (tree.py), indicators and their values
(indicators.py), the links with budget and spending (links.py) and the quality checks
(quality.py). Read-only page queries live in desk/services/browse/logframe.py."""
