"""The domain of Vận động BHXH. Never imports PySide6 (tests/test_layers.py proves it)."""
