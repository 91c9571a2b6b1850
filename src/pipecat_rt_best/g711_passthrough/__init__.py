"""Practice 6: G.711 straight through, from the phone network to the model and back."""
