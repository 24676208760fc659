"""Tests of the board link: protocol codec, reference driver, virtual boards, port discovery."""
