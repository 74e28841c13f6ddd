DROP TABLE ops_probe;
