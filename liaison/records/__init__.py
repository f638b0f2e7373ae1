"""Record stores: cases, persons, contacts and agencies, agreements, exchanges, deadlines."""
