namespace ArtifactLint.Api;

/// <summary>Graph algorithms over artifacts (dependency cycles, parent chains), linear in the size of the graph and without recursion, so a 10,000-long chain cannot overflow the stack.</summary>
public static class Graph
{
    /// <summary>
    /// The strongly connected components of the graph (Tarjan's algorithm, iteratively): each component is a set of
    /// nodes that can all reach each other. A component of one node is a cycle only when the node is its own successor.
    /// </summary>
    /// <param name="nodes">Every node, each once.</param>
    /// <param name="successors">The nodes a node points at (its dependencies); each must be among <paramref name="nodes"/>.</param>
    public static IReadOnlyList<IReadOnlyList<T>> StronglyConnected<T>(IReadOnlyList<T> nodes, Func<T, IReadOnlyList<T>> successors)
        where T : notnull
    {
        var index = new Dictionary<T, int>();
        var low = new Dictionary<T, int>();
        var stack = new Stack<T>();
        var onStack = new HashSet<T>();
        var components = new List<IReadOnlyList<T>>();
        var work = new Stack<(T Node, int Edge)>();
        void Open(T n)
        {
            index[n] = low[n] = index.Count;
            stack.Push(n);
            onStack.Add(n);
            work.Push((n, 0));
        }

        foreach (var root in nodes.Where(n => !index.ContainsKey(n)))
        {
            Open(root);
            while (work.Count > 0)
            {
                var (v, i) = work.Pop();
                var next = successors(v);
                if (i < next.Count)
                {
                    work.Push((v, i + 1));
                    var w = next[i];
                    if (!index.ContainsKey(w))
                    {
                        Open(w);
                    }
                    else if (onStack.Contains(w))
                    {
                        low[v] = Math.Min(low[v], index[w]);
                    }

                    continue;
                }

                if (low[v] == index[v])
                {
                    var component = new List<T>();
                    T member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (!EqualityComparer<T>.Default.Equals(member, v));
                    components.Add(component);
                }

                if (work.Count > 0)
                {
                    low[work.Peek().Node] = Math.Min(low[work.Peek().Node], low[v]);
                }
            }
        }

        return components;
    }

    /// <summary>
    /// The shortest way from <paramref name="start"/> back to it through <paramref name="within"/> (breadth-first): the
    /// cycle to show for a strongly connected component, starting and ending with <paramref name="start"/>.
    /// </summary>
    /// <param name="start">A member of the component.</param>
    /// <param name="within">The component's members.</param>
    /// <param name="successors">The nodes a node points at.</param>
    public static IReadOnlyList<T> ShortestCycle<T>(T start, IReadOnlySet<T> within, Func<T, IReadOnlyList<T>> successors)
        where T : notnull
    {
        var previous = new Dictionary<T, T>();
        var queue = new Queue<T>([start]);
        var comparer = EqualityComparer<T>.Default;
        while (queue.Count > 0 && !previous.ContainsKey(start))
        {
            var v = queue.Dequeue();
            foreach (var w in successors(v).Where(w => within.Contains(w) && previous.TryAdd(w, v) && !comparer.Equals(w, start)))
            {
                queue.Enqueue(w);
            }
        }

        var cycle = new List<T> { start };
        for (var v = previous[start]; !comparer.Equals(v, start); v = previous[v])
        {
            cycle.Add(v);
        }

        cycle.Add(start);
        cycle.Reverse();
        return cycle;
    }
}
