"""The guided tour: chapters of the story, each driving the other views through the shared state."""
