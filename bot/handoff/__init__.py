"""Handoff to coordinators: case topics and cards, actions, the two-way relay."""
