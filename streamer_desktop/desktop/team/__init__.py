"""Working as a team: handing a request over to a colleague."""
