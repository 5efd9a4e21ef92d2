import { COURSE, bytesOf, completed, inProgress, resealed } from '../../tests/support/hr-fixtures';
import { verifyBatch } from './verify-batch';

describe('a verified batch', () => {
  it('brings back the lesson titles of records of another course version, not of this one', async () => {
    const older = await resealed(completed(), (record) => {
      record.course.version = '0.9.0';
      record.lessons[0]!.slug = 'a-retired-lesson';
      record.lessons[0]!.title = 'Una lección retirada';
    });
    const batch = await verifyBatch(
      [
        { seq: 1, name: 'older.json', bytes: bytesOf(older) },
        { seq: 2, name: 'current.json', bytes: bytesOf(inProgress()) },
      ],
      COURSE,
    );
    expect(batch.results.map((result) => 'record' in result)).toEqual([true, true]);
    expect(batch.lessonTitles).toContainEqual(['a-retired-lesson', 'Una lección retirada']);
    expect(batch.lessonTitles).toHaveLength(older.lessons.length);
  });
});
