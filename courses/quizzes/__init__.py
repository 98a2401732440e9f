"""Quizzes. A quiz is a lesson that completes when passed; its parts:

- the page: ``courses.models.assessments.QuizPage`` (questions, grading data, and ``serve``:
  the questions on GET, the learner's answers on POST);
- the question blocks: ``courses.blocks`` (content blocks, beside the lesson blocks);
- parsing, grading and recording an attempt: ``courses.services`` (``quiz_attempt_submit``);
- the learner's attempts so far: ``courses.selectors.quiz_attempts_summary``;
- an attempt's result: ``views.quiz_attempt_result`` here.
"""
