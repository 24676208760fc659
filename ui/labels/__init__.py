"""Label views: the preview of a unit's label, drawn from the profile's template."""
