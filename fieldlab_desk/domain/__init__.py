"""The domain: tables, money and the rules. Pure Python; never imports Qt."""
