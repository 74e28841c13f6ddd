-- Undoes V4: the work bookkeeping only; embeddings stored in the source tables stay.
DROP TABLE IF EXISTS embedding_state;
