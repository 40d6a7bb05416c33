// Every model is exported from here: `retort revision --autogenerate` compares what this file
// exports with the database.
export {};
