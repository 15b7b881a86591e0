"""Fact types of spec/FACTS.md, their JSON Lines form, and the scorer."""
