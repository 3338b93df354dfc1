"""The service layer: pipelines run over a database.

Stages below it (ingest, extract, places, actors, resolve) take text or records
and give records, and never open a database; the store below them is the only
code that writes SQL. These modules join the two: ``ingest`` stores what the
readers read, ``extract`` and ``batch`` (one machine, or a Dask cluster) extract
stored reports, ``resolve`` merges and links the extracted events, ``timeline``,
``profile``, ``actors`` and ``brief`` read what an analyst asks for. The CLI and
the web app call them.
"""
