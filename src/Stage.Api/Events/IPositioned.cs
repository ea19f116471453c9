namespace Stage.Api.Events;

/// <summary>An event with its place in its stream: positions only grow, in the order of delivery.</summary>
public interface IPositioned
{
    long Position { get; }
}
