"""Built-in evaluations against gold sets (read from where they live, never copied in)."""
