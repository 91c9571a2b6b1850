"""The readers, one module per kind of written form; :data:`.normalizer.HANDLERS` maps each
alternative of :data:`.patterns.NUMBER_FORMS` to its reader."""
