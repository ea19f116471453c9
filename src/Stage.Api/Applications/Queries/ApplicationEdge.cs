namespace Stage.Api.Applications.Queries;

public sealed record ApplicationEdge(string Cursor, Application Node);
