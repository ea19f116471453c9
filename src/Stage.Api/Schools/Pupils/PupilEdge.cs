namespace Stage.Api.Schools.Pupils;

public sealed record PupilEdge(string Cursor, Pupil Node);
