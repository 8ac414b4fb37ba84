"""Import every built-in check module so that each registers itself."""
