"""Domain operations of the service: every read and write, scoped to a business.

Routes stay thin: they parse, call one operation here, and return its result.
"""
